import { QuestionBankModule } from '../question-bank/question-bank.module';
import { ExamAttemptEntity } from '../exams/exam-attempt.entity';
import { ExamsModule } from '../exams/exams.module';
import { AttemptService } from '../exams/attempt.service';
import { createTestExam } from '../test-support/exam-fixtures';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { entityOfRow } from './entity-of-row';

describe('entityOfRow (PostgreSQL)', () => {
  let ctx: TestingContext;

  beforeAll(async () => {
    ctx = await createTestingContext([QuestionBankModule, ExamsModule]);
  });
  afterAll(() => ctx.close());

  it('makes of a RETURNING * row the entity TypeORM reads', async () => {
    const { actor } = await createTestUser(ctx.dataSource, { withPassword: false });
    const { attempt } = await ctx.get(AttemptService).start(actor, (await createTestExam(ctx)).examId);
    const [row] = await ctx.dataSource.query('SELECT * FROM exam_attempt WHERE id = $1', [attempt.id]);

    const made = entityOfRow(ctx.dataSource, ExamAttemptEntity, row);

    expect(made).toBeInstanceOf(ExamAttemptEntity);
    expect(made).toEqual(await ctx.dataSource.manager.findOneByOrFail(ExamAttemptEntity, { id: attempt.id }));
    expect(attempt).toEqual(made);
  });
});
