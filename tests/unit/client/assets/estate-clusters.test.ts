import { describe, expect, it } from 'vitest';
import { workerClusters } from '../../../../src/client/assets/estate-clusters.ts';
import type { ClusterRequest } from '../../../../src/client/assets/estate-messages.ts';
import type { ViewBox } from '../../../../src/lib/assets/asset-clusters.ts';

const estate = {
  lon: Float64Array.from([0, 0.0001, 0.0002, 5]),
  lat: Float64Array.from([0, 0, 0, 5]),
  status: Uint8Array.from([0, 1, 2, 3]),
};
const world: ViewBox = [-180, -85, 180, 85];

describe('workerClusters', () => {
  it('sends new records only with the next view, in a copy, and answers each view with its own reply', async () => {
    const sent: ClusterRequest[] = [];
    const w = workerClusters((r) => sent.push(r), estate, Uint32Array.from([0, 1, 2, 3]));
    const filtered = Uint32Array.from([3]);
    w.clusters.setPoints(filtered);
    w.clusters.setPoints(filtered);
    expect(sent).toEqual([]);
    const view = w.clusters.view(world, 3);
    expect(sent.map((r) => r.kind)).toEqual(['points', 'view']);
    const points = sent[0] as Extract<ClusterRequest, { kind: 'points' }>;
    expect(Array.from(points.matches)).toEqual([3]);
    expect(points.matches).not.toBe(filtered);
    const asked = sent[1] as Extract<ClusterRequest, { kind: 'view' }>;
    expect(asked).toMatchObject({ bbox: world, zoom: 3 });
    const answer = { type: 'FeatureCollection' as const, features: [] };
    w.receive({ kind: 'view', id: asked.id, view: answer });
    await expect(view).resolves.toBe(answer);
    // The same records again: nothing to send.
    w.clusters.setPoints(filtered);
    void w.clusters.view(world, 4);
    expect(sent.map((r) => r.kind)).toEqual(['points', 'view', 'view']);
  });

  it('answers on the page once the worker has failed: pending views from its own index, expansions with null', async () => {
    const sent: ClusterRequest[] = [];
    const w = workerClusters((r) => sent.push(r), estate, Uint32Array.from([0, 1, 2, 3]));
    const view = w.clusters.view(world, 3);
    const expansion = w.clusters.expansionZoom(1);
    w.fail();
    const features = (await view).features;
    expect(features.filter((f) => 'point_count' in f.properties)).toHaveLength(1);
    expect(features.filter((f) => !('point_count' in f.properties))).toHaveLength(1);
    await expect(expansion).resolves.toBeNull();
    // Later requests stay on the page.
    w.clusters.setPoints(Uint32Array.from([3]));
    expect((await w.clusters.view(world, 3)).features).toHaveLength(1);
    expect(sent.map((r) => r.kind)).toEqual(['view', 'expansion']);
  });
});
