import { Args, Authorized, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import {
  type FrameworkFileRejected,
  FrameworkPreview,
  FrameworkUploadArgs,
  UploadFrameworkVersionInput,
  UploadFrameworkVersionResult,
} from './dto/framework-upload.types';
import { Framework } from './framework.entity';
import type { FrameworkAdministrationService } from './framework-administration.service';
import { FrameworkUpload } from './framework-upload.entity';
import type { FrameworkService } from './framework.service';

/** Uploading and publishing framework versions: administrators only, the upload's fields included. */
@Authorized(UserRole.ADMINISTRATOR)
@Resolver(() => FrameworkUpload)
export class FrameworkAdministrationResolver {
  constructor(
    private readonly administration: FrameworkAdministrationService,
    private readonly frameworks: FrameworkService,
  ) {}

  @Query(() => [FrameworkUpload], { description: 'Uploaded framework version files, newest first (administrators only).' })
  frameworkUploads(@RequestCtx() request: RequestContext): Promise<FrameworkUpload[]> {
    return this.administration.uploads(request);
  }

  @Query(() => FrameworkPreview, { description: 'What publishing an upload would create.' })
  async frameworkUploadPreview(@RequestCtx() request: RequestContext, @Args(() => FrameworkUploadArgs) { uploadId }: FrameworkUploadArgs) {
    return Object.assign(new FrameworkPreview(), await this.administration.preview(request, uploadId));
  }

  @Mutation(() => UploadFrameworkVersionResult, {
    description:
      'Check a framework version file by the content schema and keep it for preview; a broken file is refused with its problems.',
  })
  async uploadFrameworkVersion(
    @RequestCtx() request: RequestContext,
    @InputArg(UploadFrameworkVersionInput) input: UploadFrameworkVersionInput,
  ): Promise<FrameworkUpload | FrameworkFileRejected> {
    return this.administration.upload(request, input);
  }

  @Mutation(() => Framework, { description: 'Publish an upload as a new framework version. A published version never changes.' })
  publishFrameworkVersion(@RequestCtx() request: RequestContext, @Args(() => FrameworkUploadArgs) { uploadId }: FrameworkUploadArgs) {
    return this.administration.publish(request, uploadId);
  }

  @FieldResolver(() => Boolean, { description: 'True once this file is published as its framework version.' })
  async published(@Root() upload: FrameworkUpload): Promise<boolean> {
    const framework = (await this.frameworks.findAll()).find((f) => f.key === upload.key && f.version === upload.version);
    return framework?.contentHash === upload.contentHash;
  }
}
