import { describeOperationFolder } from '../operation-folder-checks';

describeOperationFolder('query', __dirname, [
  'getCouncils.ts',
  'getFrameworks.ts',
  'getMe.ts',
  'getPeerGroups.ts',
  'getCouncilPosition.ts',
  'getDimensionMatrix.ts',
  'getSectorView.ts',
  'getCollaborationGroups.ts',
  'getCollaborationComparison.ts',
]);
