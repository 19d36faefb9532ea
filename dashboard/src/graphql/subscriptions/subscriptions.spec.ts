import { describeOperationFolder } from '../operation-folder-checks';

describeOperationFolder('subscription', __dirname, ['sessionChanged.ts']);
