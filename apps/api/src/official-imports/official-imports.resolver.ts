import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, DomainError, type Locale, OfficialImportPreviewer, OfficialImportService, REJECTED_ROWS_PAGE_SIZES } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { StartOfficialImportInput } from './dto/start-official-import.input';
import { OfficialImportModel } from './models/official-import.model';
import { OfficialImportPreviewModel } from './models/official-import-preview.model';
import { PAGE_SIZES } from '../graphql/list-bounds';
import { PageSize } from '../graphql/list-size';
import { RejectedRowModel } from './models/rejected-row.model';
import { MaxPerOperation } from '../graphql/operation-shape';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

@Resolver(() => OfficialImportModel)
export class OfficialImportsResolver {
  constructor(
    private readonly imports: OfficialImportService,
    private readonly previewer: OfficialImportPreviewer,
  ) {}

  @MaxPerOperation(1)
  @Mutation(() => OfficialImportModel, { description: 'Checks the CSV header and queues the import for the worker' })
  async startOfficialImport(
    @CurrentActor() actor: Actor,
    @Args('input') input: StartOfficialImportInput,
    @RequestLocale() locale: Locale,
  ): Promise<OfficialImportModel> {
    return OfficialImportModel.from(await this.imports.start(actor, input.fileName, fileOf(input)), locale);
  }

  @MaxPerOperation(1)
  @Query(() => OfficialImportPreviewModel, {
    description: 'The dry run of startOfficialImport: what it would create, update and reject with this file now; nothing is written',
  })
  async officialImportPreview(
    @CurrentActor() actor: Actor,
    @Args('input') input: StartOfficialImportInput,
    @RequestLocale() locale: Locale,
  ): Promise<OfficialImportPreviewModel> {
    return OfficialImportPreviewModel.from(await this.previewer.preview(actor, fileOf(input), locale), locale);
  }

  @MaxPerOperation(1)
  @Query(() => String, {
    nullable: true,
    description: 'The rows an import rejected as CSV (the file’s columns, then rejection_reason in the language of the request), to correct and upload again; null when none',
  })
  async officialImportRejectedRowsCsv(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<string | null> {
    return this.imports.rejectedRowsCsv(actor, id, locale);
  }

  @Query(() => OfficialImportModel, { nullable: true })
  async officialImport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<OfficialImportModel> {
    return OfficialImportModel.from(await this.imports.get(actor, id), locale);
  }

  @PageSize(PAGE_SIZES.officialImports)
  @Query(() => [OfficialImportModel])
  async officialImports(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<OfficialImportModel[]> {
    return (await this.imports.list(actor, first ?? 20)).map((entity) => OfficialImportModel.from(entity, locale));
  }

  @PageSize(REJECTED_ROWS_PAGE_SIZES)
  @ResolveField(() => [RejectedRowModel], { description: 'a page of the rejected rows, in file order (rejectedCount says how many there are)', complexity: 10 })
  async rejectedRows(
    @Parent() officialImport: OfficialImportModel,
    @RequestLocale() locale: Locale,
    @Args('first', { type: () => Int, nullable: true, description: `1–${REJECTED_ROWS_PAGE_SIZES.max}, default ${REJECTED_ROWS_PAGE_SIZES.default}` }) first?: number | null,
    @Args('after', { type: () => Int, nullable: true, description: 'the page starts after this row: the last row of the page before' }) after?: number | null,
  ): Promise<RejectedRowModel[]> {
    const rows = await this.imports.rejectedRows(officialImport.id, { first, afterRow: after });
    return rows.map((row) => RejectedRowModel.from(row, locale));
  }
}

/** The uploaded bytes; text that is not base64 is refused on its field. */
function fileOf(input: StartOfficialImportInput): Buffer {
  const encoded = input.contentBase64.replace(/\s+/g, '');
  if (!BASE64.test(encoded)) throw DomainError.badInput('contentBase64', 'officialImports.notBase64');
  return Buffer.from(encoded, 'base64');
}
