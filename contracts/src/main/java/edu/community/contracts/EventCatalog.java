package edu.community.contracts;

import edu.community.contracts.assessment.AssessmentRoundCorrected;
import edu.community.contracts.assessment.AssessmentRoundOpened;
import edu.community.contracts.assessment.AssessmentRoundPublished;
import edu.community.contracts.assessment.AssessmentSchemeDefined;
import edu.community.contracts.assessment.AssessorsAssigned;
import edu.community.contracts.assessment.CommunityScored;
import edu.community.contracts.assessment.ProvincialReportSnapshot;
import edu.community.contracts.assessment.RoundScoringClosed;
import edu.community.contracts.assessment.SchoolStatisticsSubmitted;
import edu.community.contracts.community.AgreementAmended;
import edu.community.contracts.community.AgreementRenewed;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModelChanged;
import edu.community.contracts.community.CoreSchoolChanged;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClosed;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.community.SchoolReopened;
import edu.community.contracts.exchange.ActivityCancelled;
import edu.community.contracts.exchange.ActivityHeld;
import edu.community.contracts.exchange.ActivityPlanned;
import edu.community.contracts.exchange.ActivityPostponed;
import edu.community.contracts.exchange.ActivityRecordCorrected;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.contracts.staffing.MentorshipEnded;
import edu.community.contracts.staffing.MentorshipFormed;
import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCancelled;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingEndedEarly;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingRejected;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.StaffBackboneChanged;
import edu.community.contracts.staffing.StaffLeft;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRoleChanged;
import edu.community.contracts.staffing.StaffTitleChanged;
import edu.community.contracts.staffing.StaffTransferred;
import java.util.List;

/** Every public event contract, in the order they were introduced. A new contract is added here. */
public final class EventCatalog {

    private static final List<Class<? extends Record>> ALL = List.of(
            SchoolRegistered.class,
            SchoolDetailsChanged.class,
            SchoolClosed.class,
            SchoolReopened.class,
            CommunityFormed.class,
            MemberJoined.class,
            MemberLeft.class,
            CoreSchoolChanged.class,
            CommunityModelChanged.class,
            AgreementRenewed.class,
            AgreementAmended.class,
            CommunityDissolved.class,
            ProvincialReportSnapshot.class,
            SchoolStatisticsSubmitted.class,
            ActivityPlanned.class,
            ActivityPostponed.class,
            ActivityCancelled.class,
            ActivityHeld.class,
            ActivityRecordCorrected.class,
            SyncSeriesPlanned.class,
            SyncSessionRecorded.class,
            SyncSessionCorrected.class,
            StaffRegistered.class,
            StaffTransferred.class,
            StaffTitleChanged.class,
            StaffBackboneChanged.class,
            StaffLeft.class,
            PostingProposed.class,
            PostingApproved.class,
            PostingRejected.class,
            PostingStarted.class,
            PostingCompleted.class,
            PostingEndedEarly.class,
            PostingCancelled.class,
            MentorshipFormed.class,
            MentorshipEnded.class,
            StaffRoleChanged.class,
            AssessmentSchemeDefined.class,
            AssessmentRoundOpened.class,
            AssessorsAssigned.class,
            CommunityScored.class,
            RoundScoringClosed.class,
            AssessmentRoundPublished.class,
            AssessmentRoundCorrected.class);

    private EventCatalog() {
    }

    public static List<Class<? extends Record>> all() {
        return ALL;
    }
}
