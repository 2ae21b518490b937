// Integration and e2e hooks start servers and create schema: allow them time on a 2-core machine.
jest.setTimeout(120000);
