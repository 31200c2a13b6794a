import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "web/**/*.test.ts", "evals/**/*.test.ts", "knowledge/**/*.test.ts"],
    // LanceDB and the browser tests are native and heavy: two cores, so keep workers few.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
