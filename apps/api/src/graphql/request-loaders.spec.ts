import type { Actor } from '@hocso/server-core';
import { RequestLoaderRegistry, type RequestLoaders } from './request-loaders';

declare module './request-loaders' {
  interface RequestLoaders {
    probe: { actor: Actor | undefined; serial: number };
  }
}

describe('RequestLoaderRegistry', () => {
  it("gives each request its own loaders, made when first asked for, reading the request's actor", () => {
    const registry = new RequestLoaderRegistry();
    let made = 0;
    registry.register('probe', (actorOf) => ({ actor: actorOf(), serial: (made += 1) }));
    const actor: Actor = { userId: 'u', grants: [] };

    const first: RequestLoaders = registry.forRequest(() => actor);
    expect(made).toBe(0);
    expect(first.probe).toEqual({ actor, serial: 1 });
    expect(first.probe.serial).toBe(1);
    expect(registry.forRequest(() => undefined).probe).toEqual({ actor: undefined, serial: 2 });
  });

  it('refuses a second registration under the same key', () => {
    const registry = new RequestLoaderRegistry();
    registry.register('probe', () => ({ actor: undefined, serial: 0 }));
    expect(() => registry.register('probe', () => ({ actor: undefined, serial: 0 }))).toThrow('"probe" are registered twice');
  });
});
