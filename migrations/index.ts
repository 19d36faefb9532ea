import { CreateCoreSchema1795397382815 } from './1795397382815-createCoreSchema';
import { AddSubmissionIdempotency1795398040647 } from './1795398040647-addSubmissionIdempotency';
import { AddAccountsAndCollaboration1795398355401 } from './1795398355401-addAccountsAndCollaboration';
import { AddApiRoleAndRowLevelSecurity1795398355402 } from './1795398355402-addApiRoleAndRowLevelSecurity';
import { AddPeerGroupStatistics1795398942188 } from './1795398942188-addPeerGroupStatistics';
import { AllowApiToRecordCircumstances1795400096054 } from './1795400096054-allowApiToRecordCircumstances';
import { AddAssessmentScoreCoveringIndex1795401282657 } from './1795401282657-addAssessmentScoreCoveringIndex';
import { StorePeerDistributions1795402000000 } from './1795402000000-storePeerDistributions';
import { ReadPeerDistributionsByMembersHash1795403000000 } from './1795403000000-readPeerDistributionsByMembersHash';
import { AddAssessmentPlanAndEvidence1796123911923 } from './1796123911923-addAssessmentPlanAndEvidence';
import { AddFacilitatedSessions1796123911924 } from './1796123911924-addFacilitatedSessions';
import { AddImprovementPlans1796124130475 } from './1796124130475-addImprovementPlans';
import { NameDisclosureFloor1796124531007 } from './1796124531007-nameDisclosureFloor';
import { AddAuditLogAndFrameworkUploads1796132839238 } from './1796132839238-addAuditLogAndFrameworkUploads';
import { AddSignInThrottleAndPasswordReset1796132916590 } from './1796132916590-addSignInThrottleAndPasswordReset';
import { AllowApiToReadMigrations1796132928994 } from './1796132928994-allowApiToReadMigrations';
import { AddReleaseLedger1796132945582 } from './1796132945582-addReleaseLedger';
import { AddApiTokenScopesAndExpiry1796132982867 } from './1796132982867-addApiTokenScopesAndExpiry';
import { VerifyViewerInDatabase1796132986444 } from './1796132986444-verifyViewerInDatabase';
import { KeepDraftsInsideTheCouncil1796133276013 } from './1796133276013-keepDraftsInsideTheCouncil';
import { AddExactScoreColumns1796133953699 } from './1796133953699-addExactScoreColumns';
import { BackfillExactScores1796133960074 } from './1796133960074-backfillExactScores';
import { DeriveScoresFromExactScores1796133965189 } from './1796133965189-deriveScoresFromExactScores';
import { AddDisclosureKey1796134227784 } from './1796134227784-addDisclosureKey';
import { StampPeerGroupFacts1796143174690 } from './1796143174690-stampPeerGroupFacts';
import { ComputeMatrixTotalsOnce1796143220872 } from './1796143220872-computeMatrixTotalsOnce';
import { CheckRatedContentPerStatement1796146792237 } from './1796146792237-checkRatedContentPerStatement';
import { CheckResponseParticipantPerStatement1796154271791 } from './1796154271791-checkResponseParticipantPerStatement';
import { SpreadBenchmarkDataVersion1796158017329 } from './1796158017329-spreadBenchmarkDataVersion';
import { CheckAccountCredentialsInDatabase1796165201363 } from './1796165201363-checkAccountCredentialsInDatabase';
import { ReadMatrixContributors1796165315645 } from './1796165315645-readMatrixContributors';
import { CheckResponseAccessPerStatement1796165489828 } from './1796165489828-checkResponseAccessPerStatement';
import { MeasureSpreadWithoutViewerBySearch1796165907093 } from './1796165907093-measureSpreadWithoutViewerBySearch';
import { ProbeMatrixContributorsByItem1796167556371 } from './1796167556371-probeMatrixContributorsByItem';
import { GuardSharingWrites1796175865037 } from './1796175865037-guardSharingWrites';
import { IssuePasswordResetsInDatabase1796175869220 } from './1796175869220-issuePasswordResetsInDatabase';
import { ReadOwnScoresWithCachedPlan1796176303717 } from './1796176303717-readOwnScoresWithCachedPlan';
import { ReadBenchmarkDataVersionWithCachedPlan1796177221038 } from './1796177221038-readBenchmarkDataVersionWithCachedPlan';

/** Every migration, oldest first. Add new ones at the end; never edit a merged one. */
export const MIGRATIONS = [
  CreateCoreSchema1795397382815,
  AddSubmissionIdempotency1795398040647,
  AddAccountsAndCollaboration1795398355401,
  AddApiRoleAndRowLevelSecurity1795398355402,
  AddPeerGroupStatistics1795398942188,
  AllowApiToRecordCircumstances1795400096054,
  AddAssessmentScoreCoveringIndex1795401282657,
  StorePeerDistributions1795402000000,
  ReadPeerDistributionsByMembersHash1795403000000,
  AddAssessmentPlanAndEvidence1796123911923,
  AddFacilitatedSessions1796123911924,
  AddImprovementPlans1796124130475,
  NameDisclosureFloor1796124531007,
  AddAuditLogAndFrameworkUploads1796132839238,
  AddSignInThrottleAndPasswordReset1796132916590,
  AllowApiToReadMigrations1796132928994,
  AddReleaseLedger1796132945582,
  AddApiTokenScopesAndExpiry1796132982867,
  VerifyViewerInDatabase1796132986444,
  KeepDraftsInsideTheCouncil1796133276013,
  AddExactScoreColumns1796133953699,
  BackfillExactScores1796133960074,
  DeriveScoresFromExactScores1796133965189,
  AddDisclosureKey1796134227784,
  StampPeerGroupFacts1796143174690,
  ComputeMatrixTotalsOnce1796143220872,
  CheckRatedContentPerStatement1796146792237,
  CheckResponseParticipantPerStatement1796154271791,
  SpreadBenchmarkDataVersion1796158017329,
  CheckAccountCredentialsInDatabase1796165201363,
  ReadMatrixContributors1796165315645,
  CheckResponseAccessPerStatement1796165489828,
  MeasureSpreadWithoutViewerBySearch1796165907093,
  ProbeMatrixContributorsByItem1796167556371,
  GuardSharingWrites1796175865037,
  IssuePasswordResetsInDatabase1796175869220,
  ReadOwnScoresWithCachedPlan1796176303717,
  ReadBenchmarkDataVersionWithCachedPlan1796177221038,
];
