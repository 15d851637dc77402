import { Field, InputType } from '@nestjs/graphql';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class StartOfficialImportInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  fileName: string;

  @MaxLength(TEXT_BOUNDS.csvFileBase64)
  @Field({ description: 'The CSV file, base64-encoded (UTF-8, with or without BOM)' })
  contentBase64: string;
}
