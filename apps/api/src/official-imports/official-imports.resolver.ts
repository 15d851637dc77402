import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, DomainError, OfficialImportService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { StartOfficialImportInput } from './dto/start-official-import.input';
import { OfficialImportModel } from './models/official-import.model';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

@Resolver(() => OfficialImportModel)
export class OfficialImportsResolver {
  constructor(private readonly imports: OfficialImportService) {}

  @Mutation(() => OfficialImportModel, { description: 'Checks the CSV header and queues the import for the worker' })
  async startOfficialImport(@CurrentActor() actor: Actor, @Args('input') input: StartOfficialImportInput): Promise<OfficialImportModel> {
    const encoded = input.contentBase64.replace(/\s+/g, '');
    if (!BASE64.test(encoded)) throw DomainError.badInput('contentBase64', 'The file content must be base64-encoded');
    return OfficialImportModel.from(await this.imports.start(actor, input.fileName, Buffer.from(encoded, 'base64')));
  }

  @Query(() => OfficialImportModel, { nullable: true })
  async officialImport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<OfficialImportModel> {
    return OfficialImportModel.from(await this.imports.get(actor, id));
  }

  @Query(() => [OfficialImportModel])
  async officialImports(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<OfficialImportModel[]> {
    return (await this.imports.list(actor, first ?? 20)).map(OfficialImportModel.from);
  }
}
