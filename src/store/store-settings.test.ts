import { describe, expect, it } from "vitest";
import { ConfigError, loadAppConfig } from "../config.ts";

describe("the console's settings (config.ts)", () => {
  it("opens no database and records nothing by default", () => {
    expect(loadAppConfig({}).store).toMatchObject({ enabled: false, recordQuestions: false, databaseUrl: null, retentionDays: 90, bootstrapAdmin: null, trustProxy: 0 });
  });
  it("reads flags in any case, a first admin, a database and the retention period", () => {
    const s = loadAppConfig({ RECORD_QUESTIONS: "TRUE", TRUST_PROXY: "1", STAFF_ADMIN_EMAIL: "a@example.org", STAFF_ADMIN_PASSWORD: "pw", DATABASE_URL: "postgres://u:p@db/x", RETENTION_DAYS: "30" }).store;
    expect(s).toMatchObject({ enabled: true, recordQuestions: true, trustProxy: 1, databaseUrl: "postgres://u:p@db/x", retentionDays: 30, bootstrapAdmin: { email: "a@example.org", password: "pw" } });
  });
  it("refuses settings that cannot work", () => {
    expect(() => loadAppConfig({ RECORD_QUESTIONS: "maybe" })).toThrow(/RECORD_QUESTIONS: must be true or false/);
    expect(() => loadAppConfig({ STAFF_ADMIN_EMAIL: "a@example.org" })).toThrow(ConfigError);
    expect(() => loadAppConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => loadAppConfig({ RECORD_QUESTIONS: "true", WORKERS: "2" })).toThrow(/needs DATABASE_URL/);
    expect(loadAppConfig({ RECORD_QUESTIONS: "true", WORKERS: "2", DATABASE_URL: "postgres://db/x" }).workers).toBe(2);
  });
});
