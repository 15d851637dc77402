import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AuthModule } from './auth.module';
import { SessionActorBatcher } from './session-actor-batcher';
import { TokenService } from './token.service';

describe('the actors of concurrent requests, read together (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let batcher: SessionActorBatcher;
  let tokens: TokenService;

  beforeAll(async () => {
    ctx = await createTestingContext([AuthModule]);
    db = ctx.dataSource;
    batcher = ctx.get(SessionActorBatcher);
    tokens = ctx.get(TokenService);
  });
  afterAll(() => ctx.close());

  const sessionOf = async (userId: string) => tokens.verifyAccessToken((await tokens.issue(userId)).accessToken);

  it('answers each request with its own actor and grants, and refuses ended sessions and unknown users, in one query', async () => {
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    const learner = await createTestUser(db);
    const [trainerSession, learnerSession, endedSession] = await Promise.all([sessionOf(trainer.id), sessionOf(learner.id), sessionOf(learner.id)]);
    await db.query('UPDATE auth_session SET ended_at = now() WHERE id = $1', [endedSession!.sessionId]);
    const queries: string[] = [];
    const query = db.query.bind(db);
    const spy = jest.spyOn(db, 'query').mockImplementation((sql, parameters) => {
      queries.push(sql);
      return query(sql, parameters);
    });
    try {
      const actors = await Promise.all([
        batcher.load(trainerSession!),
        batcher.load(learnerSession!),
        batcher.load(learnerSession!),
        batcher.load(endedSession!),
        batcher.load({ userId: randomUUID(), sessionId: trainerSession!.sessionId }),
      ]);
      expect(queries).toHaveLength(1);
      expect(actors[0]?.grants.map((grant) => grant.role).sort()).toEqual(['LEARNER', 'TRAINER']);
      expect(actors[0]?.sessionId).toBe(trainerSession!.sessionId);
      expect(actors[1]).toEqual({ userId: learner.id, sessionId: learnerSession!.sessionId, grants: [{ role: 'LEARNER', orgUnitId: null, orgUnitPath: null }] });
      expect(actors[2]).toEqual(actors[1]);
      expect(actors[2]).not.toBe(actors[1]);
      expect(actors[3]).toBeNull();
      expect(actors[4]).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('reads the session as it is now on every request: a session ended between two requests refuses the second', async () => {
    const learner = await createTestUser(db);
    const session = await sessionOf(learner.id);
    await expect(batcher.load(session)).resolves.not.toBeNull();
    await db.query('UPDATE auth_session SET ended_at = now() WHERE id = $1', [session.sessionId]);
    await expect(batcher.load(session)).resolves.toBeNull();
  });
});
