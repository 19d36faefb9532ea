import type { DataSource } from 'typeorm';

import { assertIsAdministrator } from '../../common/auth/access-policy';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';

import { FrameworkContentError, type LoadedFramework, parseFrameworkContent } from './content/framework-content.loader';
import type { FrameworkFileRejected, FrameworkPreview, UploadFrameworkVersionInput } from './dto/framework-upload.types';
import { Framework, type FrameworkKind } from './framework.entity';
import { importFrameworks } from './framework-content.importer';
import type { FrameworkService } from './framework.service';
import { FrameworkAdministrationError, FrameworkAdministrationErrorCode } from './framework-administration.errors';
import { FrameworkUpload } from './framework-upload.entity';

/**
 * Framework versions from the dashboard: an administrator uploads a version file, which is checked
 * by the same schema as the files loaded at start-up, previews it, and publishes it. Publishing
 * imports it exactly as start-up imports content/; a published version never changes (the
 * database refuses UPDATE and DELETE on the framework tables).
 */
export class FrameworkAdministrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly audit: AuditService,
  ) {}

  /** Every upload, newest first (administrators only). */
  uploads(ctx: RequestContext): Promise<FrameworkUpload[]> {
    assertIsAdministrator(viewerOf(ctx));
    return this.dataSource.manager.find(FrameworkUpload, { order: { createdAt: 'DESC' } });
  }

  /**
   * Checks an uploaded file and keeps it for preview; returns the upload, or the file name with every
   * problem (path inside the file and what is wrong) when it fails the schema or its version is
   * already published. Nothing is kept from a refused file.
   */
  async upload(ctx: RequestContext, input: UploadFrameworkVersionInput): Promise<FrameworkUpload | FrameworkFileRejected> {
    const viewer = viewerOf(ctx);
    assertIsAdministrator(viewer);
    let loaded: LoadedFramework;
    try {
      loaded = parseFrameworkContent(input.fileName, input.source, { checkLocation: false });
    } catch (error) {
      if (error instanceof FrameworkContentError) return { fileName: input.fileName, problems: error.issues };
      throw error;
    }
    const { key, version, title } = loaded.content;
    if (await this.isPublished(key, version)) {
      return {
        fileName: input.fileName,
        problems: [
          {
            path: 'version',
            message: `${key} version ${version} is already published, and a published version never changes: give the new wording a new version`,
          },
        ],
      };
    }
    return this.dataSource.transaction(async (manager) => {
      const upload = await manager.save(
        manager.create(FrameworkUpload, {
          fileName: input.fileName,
          source: input.source,
          contentHash: loaded.contentHash,
          key,
          version,
          title,
          uploadedById: viewer.userId,
        }),
      );
      await this.audit.record(
        ctx,
        {
          action: AuditAction.FRAMEWORK_VERSION_UPLOADED,
          subjectType: 'framework version',
          subject: `${key}@${version}`,
          summary: `Uploaded ${input.fileName} ("${title}") for preview`,
        },
        manager,
      );
      return upload;
    });
  }

  /** What publishing the upload would create (administrators only); throws UPLOAD_NOT_FOUND. */
  async preview(ctx: RequestContext, uploadId: string): Promise<FrameworkPreview> {
    assertIsAdministrator(viewerOf(ctx));
    const upload = await this.findUploadOrThrow(uploadId);
    const { content } = this.parseUpload(upload);
    const published = (await this.frameworks.findAll()).filter((f) => f.key === content.key);
    const levelsOf = (dimension: (typeof content.dimensions)[number]) =>
      dimension.levels ?? content.dimensions.find((d) => d.key === dimension.sameLevelsAs)?.levels ?? [];
    return {
      upload,
      kind: content.kind as FrameworkKind,
      summary: content.summary,
      provenance: `${content.provenance.source}, ${content.provenance.publisher}, ${content.provenance.year}`,
      itemCount: content.sections.reduce((n, s) => n + s.items.length, 0),
      sections: content.sections.map((s) => ({ key: s.key, title: s.title, items: s.items.map((i) => `${i.key}: ${i.text}`) })),
      dimensions: content.dimensions.map((d) => ({ title: d.title, levels: levelsOf(d).map((l) => l.label) })),
      published: published.some((f) => f.version === content.version),
      latestPublishedVersion: published.at(-1)?.version ?? null,
    };
  }

  /**
   * Publishes an upload as a new framework version, as start-up would import it; returns the
   * version. Throws UPLOAD_NOT_FOUND, or VERSION_ALREADY_PUBLISHED when the key and version exist.
   */
  async publish(ctx: RequestContext, uploadId: string): Promise<Framework> {
    assertIsAdministrator(viewerOf(ctx));
    const upload = await this.findUploadOrThrow(uploadId);
    const loaded = this.parseUpload(upload);
    const { key, version } = loaded.content;
    await this.dataSource.transaction(async (manager) => {
      // Serialises publishing of one key and version, so two administrators cannot both publish it.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`framework:${key}@${version}`]);
      if (await manager.exists(Framework, { where: { key, version } }))
        throw new FrameworkAdministrationError(
          FrameworkAdministrationErrorCode.VERSION_ALREADY_PUBLISHED,
          `${key} version ${version} is already published, and a published version never changes.`,
        );
      await importFrameworks(manager, [loaded]);
      await this.audit.record(
        ctx,
        {
          action: AuditAction.FRAMEWORK_VERSION_PUBLISHED,
          subjectType: 'framework version',
          subject: `${key}@${version}`,
          summary: `Published "${loaded.content.title}" from ${upload.fileName}`,
        },
        manager,
      );
    });
    this.frameworks.invalidate();
    return this.frameworks.findOneOrThrow(key, version);
  }

  private async isPublished(key: string, version: string): Promise<boolean> {
    return this.dataSource.manager.exists(Framework, { where: { key, version } });
  }

  private async findUploadOrThrow(id: string): Promise<FrameworkUpload> {
    const upload = await this.dataSource.manager.findOne(FrameworkUpload, { where: { id } });
    if (!upload)
      throw new FrameworkAdministrationError(FrameworkAdministrationErrorCode.UPLOAD_NOT_FOUND, `No framework upload with id ${id}.`);
    return upload;
  }

  /** An upload passed the schema when it arrived; it is parsed again, so what is published is what the schema checks. */
  private parseUpload(upload: FrameworkUpload): LoadedFramework {
    return parseFrameworkContent(upload.fileName, upload.source, { checkLocation: false });
  }
}
