// The tier layout is the API's (api/src/graph/tier-layout.ts): `mapGraph` sends it with a whole map, and
// the worker computes the same one when it did not come (a part, a stored copy out of date).
export {
  bandLayout,
  computeTierLayout,
  provisionalPosition,
  type Band,
  type LayoutActor,
  type LayoutRelation,
  type Point,
  type TierLayout,
} from '../../../api/src/graph/tier-layout';
