package eu.piu.schema.contract;

import eu.piu.schema.ApiPassengerList;
import eu.piu.schema.AuditEvent;
import eu.piu.schema.CarrierMessage;
import eu.piu.schema.DeadLetter;
import eu.piu.schema.Decision;
import eu.piu.schema.DecisionResult;
import eu.piu.schema.FollowUp;
import eu.piu.schema.Hit;
import eu.piu.schema.IdentificationCode;
import eu.piu.schema.OcamTransfer;
import eu.piu.schema.OverdueAlert;
import eu.piu.schema.Pnr;
import eu.piu.schema.Profile;
import eu.piu.schema.ServiceNotification;
import eu.piu.schema.WatchlistEntry;
import java.util.List;
import org.apache.avro.Schema;

/** The record types that travel on Kafka topics: each is a contract that must evolve compatibly. */
public final class TopicContracts {

  /** Every topic record schema as the code knows it now. */
  public static final List<Schema> CURRENT =
      List.of(
          CarrierMessage.getClassSchema(),
          Pnr.getClassSchema(),
          WatchlistEntry.getClassSchema(),
          Profile.getClassSchema(),
          Hit.getClassSchema(),
          ServiceNotification.getClassSchema(),
          AuditEvent.getClassSchema(),
          DeadLetter.getClassSchema(),
          ApiPassengerList.getClassSchema(),
          IdentificationCode.getClassSchema(),
          Decision.getClassSchema(),
          DecisionResult.getClassSchema(),
          FollowUp.getClassSchema(),
          OcamTransfer.getClassSchema(),
          OverdueAlert.getClassSchema());

  private TopicContracts() {}
}
