import { Length, Matches } from 'class-validator';
import { ArgsType, createUnionType, Field, InputType, ObjectType } from 'type-graphql';

import { BoundedTextField } from '../../../common/graphql/input-fields';
import { BooleanField, FieldOf, IntField, NullableField, TextField } from '../../../common/graphql/object-fields';
import { FrameworkKind } from '../framework.entity';
import { FrameworkUpload } from '../framework-upload.entity';
import { IdField } from '../../../common/graphql/id-field';

/** The largest framework file accepted (the shipped ones are under 60 KB). */
export const MAX_FRAMEWORK_FILE_CHARACTERS = 500_000;

@InputType({ description: 'A framework version file (YAML, in the format of content/frameworks/) to check and keep for preview.' })
export class UploadFrameworkVersionInput {
  @Field({ description: 'The file name as chosen, e.g. "2026.yaml"; it is quoted back in any problem.' })
  @Length(1, 255)
  @Matches(/^[^/\\]+$/, { message: 'fileName must be a file name, without folders' })
  fileName: string;

  @BoundedTextField(MAX_FRAMEWORK_FILE_CHARACTERS, {
    description: `The file's text, at most ${MAX_FRAMEWORK_FILE_CHARACTERS.toLocaleString('en-GB')} characters.`,
  })
  source: string;
}

@ArgsType()
export class FrameworkUploadArgs {
  @IdField()
  uploadId: string;
}

@ObjectType({ description: 'One thing wrong with an uploaded framework file.' })
export class FrameworkFileProblem {
  @TextField('Where in the file: a path such as "sections[0].items[2].text", a line such as "line 4", or "(top level)".')
  path: string;

  @TextField('What is wrong there.')
  message: string;
}

@ObjectType({ description: 'An uploaded framework file that was refused, with every problem found; nothing was kept.' })
export class FrameworkFileRejected {
  @TextField('The file name, as uploaded.')
  fileName: string;

  @FieldOf([FrameworkFileProblem])
  problems: FrameworkFileProblem[];
}

export const UploadFrameworkVersionResult = createUnionType({
  name: 'UploadFrameworkVersionResult',
  description: 'The upload kept for preview, or the file refused with its problems.',
  types: () => [FrameworkUpload, FrameworkFileRejected] as const,
  resolveType: (value) => ('problems' in value ? FrameworkFileRejected : FrameworkUpload),
});

@ObjectType({ description: 'A section of a framework version as it would be published.' })
export class FrameworkPreviewSection {
  @Field()
  key: string;

  @Field()
  title: string;

  @FieldOf([String], 'Each item as "key: text".')
  items: string[];
}

@ObjectType({ description: 'A rating scale as it would be published.' })
export class FrameworkPreviewDimension {
  @Field()
  title: string;

  @FieldOf([String], 'Level labels, lowest first.')
  levels: string[];
}

@ObjectType({ description: 'What publishing an upload would create: the framework version, its sections, items and scales.' })
export class FrameworkPreview {
  @FieldOf(FrameworkUpload)
  upload: FrameworkUpload;

  @FieldOf(FrameworkKind)
  kind: FrameworkKind;

  @Field()
  summary: string;

  @TextField('The source document, publisher and year.')
  provenance: string;

  @IntField()
  itemCount: number;

  @FieldOf([FrameworkPreviewSection])
  sections: FrameworkPreviewSection[];

  @FieldOf([FrameworkPreviewDimension])
  dimensions: FrameworkPreviewDimension[];

  @BooleanField('True once this key and version are published (from this upload or another); a published version never changes.')
  published: boolean;

  @NullableField(String, 'The newest published version with the same key, if any.')
  latestPublishedVersion: string | null;
}
