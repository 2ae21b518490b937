// Shared with the API's tier layout, which leaves room for the tie-based size.
export { actorDiameter, relativeSizeByTies } from '../../../api/src/graph/actor-size';
