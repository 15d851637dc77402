import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';

export interface ReminderPreferences {
  /** The 14-day and 3-day reminders are not sent; "assigned" and "overdue" always are. */
  muteOptional: boolean;
}

/** The signed-in person's choice of training reminders: their own only. */
@Injectable()
export class ReminderPreferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(actor: Actor): Promise<ReminderPreferences> {
    const [row]: Array<{ mute_optional: boolean }> = await this.dataSource.query('SELECT mute_optional FROM reminder_preference WHERE user_id = $1', [actor.userId]);
    return { muteOptional: row?.mute_optional ?? false };
  }

  async set(actor: Actor, preferences: ReminderPreferences): Promise<ReminderPreferences> {
    await this.dataSource.query(
      `INSERT INTO reminder_preference (user_id, mute_optional) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET mute_optional = EXCLUDED.mute_optional, updated_at = now()`,
      [actor.userId, preferences.muteOptional === true],
    );
    return this.mine(actor);
  }
}
