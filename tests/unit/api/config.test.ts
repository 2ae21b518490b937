import { ConfigError, loadConfig } from '../../../api/src/config';

describe('loadConfig', () => {
  it('uses defaults for a bare environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBe('bolt://127.0.0.1:7687');
    expect(config.neo4j.user).toBeUndefined();
    expect(config.corsOrigins).toEqual(['http://localhost:5173', 'http://127.0.0.1:5173']);
  });

  it('reads every variable it knows', () => {
    const config = loadConfig({
      PORT: '4100',
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: 'secret',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      LOG_LEVEL: 'debug',
    });
    expect(config.port).toBe(4100);
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'secret' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.logLevel).toBe('debug');
  });

  it('lists every invalid variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('NEO4J_URI');
      expect(message).toContain('LOG_LEVEL');
    }
  });

  it('refuses a user without a password', () => {
    expect(() => loadConfig({ NEO4J_USER: 'neo4j' })).toThrow(/NEO4J_USER and NEO4J_PASSWORD/);
  });
});
