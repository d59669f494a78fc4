import e2eEnv from "./e2e-env.json";

// E2E_PORT_OFFSET shifts every port so that two checkouts on one machine can run their journeys at once.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
const shift = <T extends Record<string, number>>(ports: T): T =>
  Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, v + offset])) as T;

export const PORTS = shift(e2eEnv.ports);
export const SIMULATOR_PORTS = shift(e2eEnv.simulatorPorts);
export const REDIS_PORT = e2eEnv.redisPort + offset;
