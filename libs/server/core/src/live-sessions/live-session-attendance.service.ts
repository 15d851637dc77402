import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Hours credited by the live sessions people attended. */
@Injectable()
export class LiveSessionAttendanceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Attended hours per person (people without any are absent from the map). */
  async attendedHours(userIds: readonly string[]): Promise<Map<string, number>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ user_id: string; hours: number }> = await this.dataSource.query(
      'SELECT user_id, sum(hours)::float8 AS hours FROM live_session_attendance WHERE user_id = ANY ($1::uuid[]) GROUP BY user_id',
      [userIds],
    );
    return new Map(rows.map((row) => [row.user_id, Number(row.hours)]));
  }
}
