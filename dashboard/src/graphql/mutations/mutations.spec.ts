import { describeOperationFolder } from '../operation-folder-checks';

describeOperationFolder('mutation', __dirname, [
  'signIn.ts',
  'signOut.ts',
  'createApiToken.ts',
  'revokeApiToken.ts',
  'setPasSharing.ts',
  'setCollaborationConsent.ts',
]);
