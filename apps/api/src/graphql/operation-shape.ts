import { Extensions } from '@nestjs/graphql';
import { DomainError } from '@hocso/server-core';
import type { SelectedField } from './selected-fields';

/** The `extensions` key under which a field declares how many times one operation may call it. */
export const MAX_PER_OPERATION_EXTENSION = 'maxPerOperation';

/**
 * For operations whose every call is expensive whatever it selects (an argon2 hash, a whole-bank export,
 * an import): one request may call them at most `max` times, aliases included.
 */
export const MaxPerOperation = (max: number): MethodDecorator & PropertyDecorator =>
  Extensions({ [MAX_PER_OPERATION_EXTENSION]: max });

export interface OperationShapeLimits {
  /** Levels of nested selections (introspection aside): `{ a { b } }` is 1 deep. */
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
}

/** Counts what an operation asks for, field by field, and says what goes past the limits. */
export class OperationShape {
  private depth = 0;
  private aliases = 0;
  private rootFields = 0;
  private readonly limited = new Map<string, { count: number; max: number }>();

  constructor(private readonly limits: OperationShapeLimits) {}

  count({ field, node, parentType, depth, introspection }: SelectedField): void {
    if (!introspection) this.depth = Math.max(this.depth, depth);
    if (node.alias) this.aliases += 1;
    if (depth === 0) this.rootFields += 1;
    const max = field.extensions?.[MAX_PER_OPERATION_EXTENSION];
    if (typeof max === 'number') {
      const coordinate = `${parentType.name}.${field.name}`;
      const entry = this.limited.get(coordinate) ?? { count: 0, max };
      entry.count += 1;
      this.limited.set(coordinate, entry);
    }
  }

  /** The first limit the operation goes past, or null. */
  problem(): DomainError | null {
    if (this.depth > this.limits.maxDepth) {
      return refusal('request.tooDeep', { max: this.limits.maxDepth, depth: this.depth });
    }
    if (this.aliases > this.limits.maxAliases) {
      return refusal('request.tooManyAliases', { count: this.aliases, limit: this.limits.maxAliases });
    }
    if (this.rootFields > this.limits.maxRootFields) {
      return refusal('request.tooManyRootFields', { count: this.rootFields, limit: this.limits.maxRootFields });
    }
    for (const [coordinate, { count, max }] of this.limited) {
      if (count > max) return refusal('request.tooManyOfField', { field: coordinate.split('.')[1] ?? coordinate, count, limit: max });
    }
    return null;
  }
}

function refusal(reason: 'request.tooDeep' | 'request.tooManyAliases' | 'request.tooManyRootFields' | 'request.tooManyOfField', params: Record<string, string | number>): DomainError {
  return new DomainError('BAD_USER_INPUT', reason, params, undefined, { ...params });
}
