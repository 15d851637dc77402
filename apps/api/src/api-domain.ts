import type { Type } from '@nestjs/common';

/**
 * One domain of the API: its module (which imports the domain's services, provides its resolvers and
 * controllers and registers its request loaders) and its resolvers, which the schema emitter also reads.
 */
export interface ApiDomain {
  module: Type<unknown>;
  resolvers: Array<Type<unknown>>;
}
