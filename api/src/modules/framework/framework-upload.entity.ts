import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

import { CreatedAtColumn, UuidColumn } from '../../common/entity-columns';
import { IdValueField } from '../../common/graphql/object-fields';
import { FieldColumn } from '../../common/field-column';

/**
 * A framework version file an administrator uploaded, kept as it arrived: it has passed the same
 * schema as the files in content/, and is previewed and then published as a framework version.
 * Uploads are never changed or removed (a trigger refuses it), so what was published can be read back.
 */
@ObjectType({
  description: 'An uploaded framework version file that passed the content schema; publish it to make it a framework version.',
})
@Entity({ name: 'framework_upload' })
@Index('ix_framework_upload_key_version', ['key', 'version'])
export class FrameworkUpload {
  @IdValueField()
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_framework_upload' })
  id: string;

  @Field({ description: 'When it was uploaded.' })
  @CreatedAtColumn()
  createdAt: Date;

  @FieldColumn({ name: 'file_name', type: 'varchar', length: 255 }, { description: 'The name of the file as uploaded.' })
  fileName: string;

  /** The file's text, exactly as uploaded. */
  @Column({ type: 'text' })
  source: string;

  /** sha256 of the text, as for files in content/. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @FieldColumn({ type: 'varchar', length: 100 })
  key: string;

  @FieldColumn({ type: 'varchar', length: 40 })
  version: string;

  @FieldColumn({ type: 'varchar', length: 200 })
  title: string;

  @UuidColumn('uploaded_by_id')
  uploadedById: string;
}
