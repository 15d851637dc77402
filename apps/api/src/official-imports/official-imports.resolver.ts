import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, DomainError, type Locale, OfficialImportService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { StartOfficialImportInput } from './dto/start-official-import.input';
import { OfficialImportModel } from './models/official-import.model';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

@Resolver(() => OfficialImportModel)
export class OfficialImportsResolver {
  constructor(private readonly imports: OfficialImportService) {}

  @Mutation(() => OfficialImportModel, { description: 'Checks the CSV header and queues the import for the worker' })
  async startOfficialImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: StartOfficialImportInput,
    @RequestLocale() locale: Locale,
  ): Promise<OfficialImportModel> {
    const encoded = input.contentBase64.replace(/\s+/g, '');
    if (!BASE64.test(encoded)) throw DomainError.badInput('contentBase64', 'officialImports.notBase64');
    return OfficialImportModel.from(await this.imports.start(actor, input.fileName, Buffer.from(encoded, 'base64')), locale);
  }

  @Query(() => OfficialImportModel, { nullable: true })
  async officialImport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<OfficialImportModel> {
    return OfficialImportModel.from(await this.imports.get(actor, id), locale);
  }

  @Query(() => [OfficialImportModel])
  async officialImports(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<OfficialImportModel[]> {
    return (await this.imports.list(actor, first ?? 20)).map((entity) => OfficialImportModel.from(entity, locale));
  }
}
