import { analyticsServiceFor } from '../../../api/src/analytics/analytics-service';
import { applyMigrations } from '../../../api/src/db/migrations';
import { startTestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf } from '../../helpers/workspace-fixture';

describe('stopping the server', () => {
  it('closes its analytics service: worker threads stopped, caches emptied', async () => {
    const api = await startTestApi();
    try {
      await applyMigrations(api.db);
      const workspace = await createTestWorkspace(api, 'analytics-shutdown');
      const answer = dataOf(
        await api.gql<{ analytics: { actorCount: number } }>(
          'query($ws: ID!) { analytics(workspace: $ws) { actorCount } }',
          { ws: workspace.id },
        ),
      );
      expect(answer.analytics.actorCount).toBe(0);
      const service = analyticsServiceFor(api.db);
      expect(service.cacheSizes().graphs).toBe(1);
      await api.server.stop();
      expect(service.cacheSizes()).toMatchObject({ graphs: 0, results: 0, responses: 0 });
      // The connection has no service any more: the next use would start a new one.
      expect(analyticsServiceFor(api.db)).not.toBe(service);
    } finally {
      await analyticsServiceFor(api.db).close();
      await api.db.close();
    }
  });
});
