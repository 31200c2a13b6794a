import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyOfKnowledge, editKnowledge } from "./testing/knowledge-copy.ts";

// Issue: signals did not reach the server (npm -> sh -> tsx -> node), and a reindex with edits under load,
// with one or two workers, failed answers and could break the index for good.
interface Running {
  npm: ChildProcess;
  pid: number;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Running> {
  const npm = spawn("npm", ["start", "--silent"], { env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error", RATE_LIMIT_MAX: "100000", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  npm.stdout!.on("data", (d) => (out += d));
  npm.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => npm.on("exit", (code) => r(code)));
  const deadline = Date.now() + 60_000;
  const ready = () => [...out.matchAll(/Ready in \d+ ms: (http:\/\/localhost:\d+)\/ \(pid (\d+)/g)];
  const wanted = Number(env.WORKERS ?? "1");
  while (ready().length < wanted) {
    if (Date.now() > deadline || npm.exitCode !== null) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const [, url, pid] = ready()[0];
  return { npm, pid: Number(pid), base: url.replace("localhost", "127.0.0.1"), output: () => out, exited };
}

const QUESTIONS = ["Can I pay my daughter with my direct payment?", "how much holiday does my PA get", "What can a direct payment be spent on?", "employer NI on £300 a week"];
const ask = (base: string, q: string, stream = false) =>
  fetch(`${base}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(stream ? { accept: "text/event-stream" } : {}) },
    body: JSON.stringify({ messages: [{ role: "user", content: q }] }),
  });
const statusOf = async (res: Response) => {
  const text = await res.text();
  if (res.status !== 200) return `http ${res.status}`;
  const m = text.match(/"status":"(\w+)"/);
  return m ? m[1] : "no status";
};

async function reindexUnderLoad(workers: number) {
  const knowledgeDir = copyOfKnowledge("dp-srv-kb-");
  const dataDir = mkdtempSync(join(tmpdir(), "dp-srv-data-"));
  const env = { WORKERS: String(workers), KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir, ANSWER_CACHE_SIZE: "0" };
  const server = await start(env);
  let running = true;
  const statuses: string[] = [];
  const client = async (i: number) => {
    for (let n = 0; running; n++)
      statuses.push(
        await ask(server.base, QUESTIONS[(i + n) % QUESTIONS.length], n % 3 === 0).then(statusOf, (err: Error) => `${err.message} (${(err.cause as Error)?.message}) at ${new Date().toISOString()}\n${server.output()}`),
      );
  };
  const clients = Array.from({ length: 10 }, (_, i) => client(i));
  for (let round = 0; round < 2; round++) {
    editKnowledge(knowledgeDir);
    process.kill(server.pid, "SIGHUP");
    await new Promise((r) => setTimeout(r, 300));
    editKnowledge(knowledgeDir);
    process.kill(server.pid, "SIGHUP");
    await new Promise((r) => setTimeout(r, 2_500));
  }
  // `npm run index` while the server is up, racing a SIGHUP: one builds after the other, and the server
  // picks up what the command built.
  editKnowledge(knowledgeDir);
  const cli = spawn("npm", ["run", "--silent", "index"], { env: { ...process.env, KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir }, stdio: "ignore" });
  process.kill(server.pid, "SIGHUP");
  expect(await new Promise((r) => cli.on("exit", r))).toBe(0);
  editKnowledge(knowledgeDir);
  const cli2 = spawn("npm", ["run", "--silent", "index"], { env: { ...process.env, KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir }, stdio: "ignore" });
  expect(await new Promise((r) => cli2.on("exit", r))).toBe(0);
  const builtAt = JSON.parse(readFileSync(join(dataDir, "manifest.json"), "utf8")).builtAt;
  await new Promise((r) => setTimeout(r, 3_000));
  running = false;
  await Promise.all(clients);
  expect(server.output()).toMatch(/Reindexed \(rebuilt\)/);
  // If the server stopped listening, say what it logged (a bare ECONNREFUSED says nothing).
  const health = await fetch(`${server.base}/healthz`).catch((err: Error) => {
    throw new Error(`/healthz after the reindexes: ${err.message} (${(err.cause as Error)?.message})\n${server.output()}`);
  });
  expect(health.status).toBe(200);
  // Every worker answers from the index npm run index built last.
  for (let i = 0; i < 6; i++) expect((await (await fetch(`${server.base}/healthz`)).json())).toMatchObject({ status: "ok", builtAt });
  // Which of the SIGHUP's reindex and the watch on the manifest picked those up is a race (the reindex waits
  // for the command's lock). With no SIGHUP pending, only the watch can pick up one more build: every worker
  // must come to serve it, and say so.
  const before = server.output().length;
  editKnowledge(knowledgeDir);
  const cli3 = spawn("npm", ["run", "--silent", "index"], { env: { ...process.env, KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir }, stdio: "ignore" });
  expect(await new Promise((r) => cli3.on("exit", r))).toBe(0);
  const builtLast = JSON.parse(readFileSync(join(dataDir, "manifest.json"), "utf8")).builtAt;
  await expect.poll(async () => (await (await fetch(`${server.base}/healthz`)).json()).builtAt, { timeout: 15_000 }).toBe(builtLast);
  // The log line travels through a pipe and can arrive after the HTTP answers: wait for it.
  await expect.poll(() => server.output().slice(before), { timeout: 10_000 }).toMatch(/Opened the new index \(the manifest changed\)/);
  process.kill(server.pid, "SIGTERM");
  expect(await server.exited).toBe(0);
  expect(statuses.length).toBeGreaterThan(20);
  expect(statuses.filter((s) => !["answered", "clarification", "unanswerable"].includes(s))).toEqual([]);
  // A restart afterwards answers normally (the index on disk is whole).
  const again = await start(env);
  expect(await statusOf(await ask(again.base, QUESTIONS[0]))).toBe("answered");
  process.kill(again.pid, "SIGTERM");
  expect(await again.exited).toBe(0);
}

describe("npm start", () => {
  it("runs the server as the process npm starts: SIGHUP reindexes, SIGTERM answers what is in flight and exits 0", async () => {
    const server = await start({ DATA_DIR: mkdtempSync(join(tmpdir(), "dp-srv-data-")) });
    // The pid in the Ready line is npm's own child: no shell or tsx wrapper in between.
    const children = await new Promise<string>((resolve) => {
      const ps = spawn("ps", ["-o", "pid=", "--ppid", String(server.npm.pid)]);
      let out = "";
      ps.stdout.on("data", (d) => (out += d));
      ps.on("exit", () => resolve(out));
    });
    expect(children.trim().split(/\s+/).map(Number)).toEqual([server.pid]);
    process.kill(server.pid, "SIGHUP");
    const until = Date.now() + 10_000;
    while (!/Reindexed/.test(server.output()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(server.output()).toMatch(/Reindexed \(unchanged\)/);
    // A request the server is still reading when SIGTERM arrives (its body comes later) is answered, and so
    // are answers and streams sent just before the signal.
    const port = Number(new URL(server.base).port);
    const slow = net.connect(port, "127.0.0.1");
    let slowText = "";
    slow.on("data", (d) => (slowText += d));
    const slowClosed = new Promise((r) => slow.on("close", r));
    const body = JSON.stringify({ messages: [{ role: "user", content: QUESTIONS[0] }] });
    await new Promise((r) => slow.on("connect", r));
    slow.write(`POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 300));
    const inFlight = Array.from({ length: 12 }, (_, i) => ask(server.base, QUESTIONS[i % QUESTIONS.length], i % 2 === 0).then(statusOf));
    await new Promise((r) => setTimeout(r, 20));
    process.kill(server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    slow.write(body.slice(10));
    const results = await Promise.all(inFlight);
    expect(results.every((s) => ["answered", "clarification"].includes(s)), results.join()).toBe(true);
    await slowClosed; // and its connection was closed after the answer
    expect(slowText).toMatch(/^HTTP\/1\.1 200/);
    expect(slowText).toMatch(/"status":"answered"/);
    expect(await server.exited).toBe(0);
    // It is gone: nothing listens on the port any more.
    await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
  }, 90_000);

  it("reindexes edits under load with one worker: no error answer, and a restart answers", () => reindexUnderLoad(1), 180_000);
  it("reindexes edits under load with two workers: no error answer, and a restart answers", () => reindexUnderLoad(2), 180_000);
});
