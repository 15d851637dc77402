import { examDayProfile, thinkTimeMs } from './exam-day-profile';
import { databaseOfBackend } from './processes-named';

describe('the exam-day takers', () => {
  const profiles = Array.from({ length: 1000 }, (_, index) => examDayProfile(index, 20));

  it('gives one in ten a reload, another one in ten an offline stretch and one in fifty an abandoned attempt', () => {
    expect(profiles.filter((profile) => profile.reloadAfter !== null)).toHaveLength(100);
    expect(profiles.filter((profile) => profile.offline !== null)).toHaveLength(100);
    expect(profiles.filter((profile) => profile.abandonAfter === 10)).toHaveLength(20);
    expect(profiles.filter((profile) => profile.reloadAfter !== null && profile.offline !== null)).toHaveLength(0);
  });

  it('changes four answers of twenty, and keeps every reload and offline stretch within the answers given', () => {
    for (const profile of profiles) {
      expect(profile.changedSlots).toHaveLength(4);
      const answers = 20 + profile.changedSlots.length;
      if (profile.reloadAfter !== null) expect(profile.reloadAfter).toBeGreaterThanOrEqual(1);
      if (profile.reloadAfter !== null) expect(profile.reloadAfter).toBeLessThan(answers);
      if (profile.offline) expect(profile.offline.to - profile.offline.from).toBe(3);
      if (profile.offline) expect(profile.offline.to).toBeLessThanOrEqual(answers);
    }
  });

  it('thinks for half to one and a half times the mean', () => {
    expect(thinkTimeMs(30_000, () => 0)).toBe(15_000);
    expect(thinkTimeMs(30_000, () => 0.999)).toBeCloseTo(44_970);
  });
});

describe('the PostgreSQL processes of a run', () => {
  it('reads the database of a backend, with or without the cluster name, and none for the server’s own processes', () => {
    expect(databaseOfBackend('postgres: 15/main: postgres hocso_test_a 127.0.0.1(51628) idle')).toBe('hocso_test_a');
    expect(databaseOfBackend('postgres: postgres hocso_test_b [local] SELECT')).toBe('hocso_test_b');
    expect(databaseOfBackend('postgres: 15/main: walwriter')).toBeNull();
    expect(databaseOfBackend('postgres: 15/main: logical replication launcher')).toBeNull();
    expect(databaseOfBackend('/usr/lib/postgresql/15/bin/postgres -D /var/lib/postgresql/15/main')).toBeNull();
  });
});
