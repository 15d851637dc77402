import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class StartOfficialImportInput {
  @Field()
  fileName: string;

  @Field({ description: 'The CSV file, base64-encoded (UTF-8, with or without BOM)' })
  contentBase64: string;
}
