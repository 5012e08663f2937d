package eu.piu.cli.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something answers on a loopback port. */
public final class Ports {

  private Ports() {}

  public static boolean answering(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
