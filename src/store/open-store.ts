import { hashPassword } from "../admin/hash-password.ts";
import { answerRecords, type AnswerRecords } from "./answer-records.ts";
import { curatedAnswers, type CuratedAnswers } from "./curated-answers.ts";
import { openDatabase, type OpenDatabaseOptions } from "./open-database.ts";
import { signInFailures, type SignInFailures } from "./sign-in-failures.ts";
import { staffAccounts, type StaffAccounts } from "./staff-accounts.ts";
import { staffSessions, type StaffSessions } from "./staff-sessions.ts";

export interface ConsoleStore {
  readonly kind: "pglite" | "postgres";
  readonly answers: AnswerRecords;
  readonly staff: StaffAccounts;
  readonly sessions: StaffSessions;
  readonly failures: SignInFailures;
  /** Curated answers (approved replies served first) and their history; kept until withdrawn and beyond. */
  readonly curated: CuratedAnswers;
  /** Deletes answers older than the retention period, expired sessions and old sign-in failures. */
  purge(): Promise<{ answers: number }>;
  close(): Promise<void>;
}

export interface OpenStoreOptions extends OpenDatabaseOptions {
  retentionDays: number;
  /** Created when there is no staff account yet. */
  bootstrapAdmin?: { email: string; password: string } | null;
  now?: () => Date;
  /** Log lines without personal data or message text. */
  log?: (line: Record<string, unknown>) => void;
  /** Purge once a day while open (default true; tests turn it off). */
  dailyPurge?: boolean;
}

const DAY_MS = 86_400_000;

/** Opens the console's database, migrates it, creates the first admin if asked and purges old records. */
export async function openStore(options: OpenStoreOptions): Promise<ConsoleStore> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const { db, kind } = await openDatabase(options);
  const answers = answerRecords(db);
  const staff = staffAccounts(db);
  const sessions = staffSessions(db);
  const failures = signInFailures(db);
  const curated = curatedAnswers(db);

  async function purge() {
    const at = now();
    const removed = await answers.deleteBefore(new Date(at.getTime() - options.retentionDays * DAY_MS));
    await sessions.deleteExpired(at);
    await failures.deleteBefore(new Date(at.getTime() - DAY_MS));
    return { answers: removed };
  }

  if (options.bootstrapAdmin && (await staff.count()) === 0) {
    await staff.add({ email: options.bootstrapAdmin.email, role: "admin", passwordHash: await hashPassword(options.bootstrapAdmin.password), at: now() });
    log({ event: "console_first_admin_created", ...(options.bootstrapAdmin.password.length < 12 ? { warning: "STAFF_ADMIN_PASSWORD is shorter than 12 characters: change it" } : {}) });
  }
  const purged = await purge();
  if (purged.answers) log({ event: "console_purged", answers: purged.answers });

  const timer =
    options.dailyPurge === false
      ? null
      : setInterval(() => {
          purge().then(
            (r) => r.answers && log({ event: "console_purged", answers: r.answers }),
            (err: Error) => log({ event: "console_purge_failed", error: err.name }),
          );
        }, DAY_MS).unref();

  return {
    kind,
    answers,
    staff,
    sessions,
    failures,
    curated,
    purge,
    async close() {
      if (timer) clearInterval(timer);
      await db.destroy();
    },
  };
}
