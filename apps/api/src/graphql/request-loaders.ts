import { Injectable, Module } from '@nestjs/common';
import type { Actor } from '@hocso/server-core';
import type { RequestWithActor } from '../auth/request-with-actor';

/**
 * Per-request DataLoaders (one query per kind of data however many objects a response holds), each domain's
 * under its own key. A domain adds its key where it defines its loaders, and registers them in its module:
 *
 *     declare module '../graphql/request-loaders' {
 *       interface RequestLoaders { courses: CourseLoaders }
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by each domain (declaration merging)
export interface RequestLoaders {}

/** Makes one domain's loaders for one request; `actorOf` is read when a batch runs (after the guard). */
export type LoaderFactory<Loaders> = (actorOf: () => Actor | undefined) => Loaders;

/** Where each domain's module registers its loaders, and where a request gets them. */
@Injectable()
export class RequestLoaderRegistry {
  private readonly factories = new Map<string, LoaderFactory<unknown>>();

  register<Key extends keyof RequestLoaders>(key: Key, factory: LoaderFactory<RequestLoaders[Key]>): void {
    if (this.factories.has(key)) throw new Error(`The request loaders "${key}" are registered twice`);
    this.factories.set(key, factory);
  }

  /** The loaders of one request: a domain's are made when a resolver first asks for them. */
  forRequest(actorOf: () => Actor | undefined): RequestLoaders {
    const loaders = {};
    for (const [key, factory] of this.factories) {
      let made: unknown;
      Object.defineProperty(loaders, key, { enumerable: true, get: () => (made ??= factory(actorOf)) });
    }
    return loaders as RequestLoaders;
  }
}

@Module({ providers: [RequestLoaderRegistry], exports: [RequestLoaderRegistry] })
export class RequestLoadersModule {}

export interface GraphqlContext {
  req: RequestWithActor;
  loaders: RequestLoaders;
}
