import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';

/** The org unit of an id that may be null (a taker in no unit), through the request's loader. */
export async function orgUnitOf(orgUnitId: string | null, ctx: GraphqlContext): Promise<OrgUnitModel | null> {
  if (!orgUnitId) return null;
  const unit = await ctx.loaders.orgUnits.byId.load(orgUnitId);
  return unit ? OrgUnitModel.from(unit) : null;
}
