import type { DataSource } from 'typeorm';
import { createOpenExam, type ExamPopulation, issueAccessTokens, seedExamPopulation, type TimedExamOptions } from './exam-fixture';
import { ExamServers, type ExamServersOptions } from './exam-servers';
import { GraphqlHttpClient } from './graphql-http-client';

export interface ExamSceneOptions extends ExamServersOptions {
  takers: number;
  exam: TimedExamOptions;
}

/** An exam about to be taken: its takers with their tokens, the API and worker running, a client connection per taker. */
export interface ExamScene {
  servers: ExamServers;
  client: GraphqlHttpClient;
  examId: string;
  population: ExamPopulation;
  trainerToken: string;
  takerTokens: string[];
  /** Closes the client and stops the processes. */
  close(): Promise<void>;
}

export async function startExamScene(dataSource: DataSource, options: ExamSceneOptions): Promise<ExamScene> {
  const population = await seedExamPopulation(dataSource, options.takers);
  const [trainerToken, ...takerTokens] = await issueAccessTokens([population.trainerId, ...population.takerIds]);
  const servers = await ExamServers.start(options);
  const client = new GraphqlHttpClient(servers.url, options.takers + 10);
  const close = async () => {
    client.close();
    await servers.stop();
  };
  try {
    const { examId } = await createOpenExam(client, trainerToken as string, options.exam);
    return { servers, client, examId, population, trainerToken: trainerToken as string, takerTokens, close };
  } catch (error) {
    await close();
    throw error;
  }
}
