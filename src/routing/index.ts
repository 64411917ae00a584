export {
  type Lane,
  type LaneKind,
  type LonLat,
  laneBetween,
  railways,
  seaFromRajin,
  seaLanes,
} from "./lanes.ts";
export {
  buildPlaceRoute,
  greatCirclePoints,
  type LegKind,
  type PlacePoint,
  type PlaceRoute,
  roundPosition,
  routeDigits,
} from "./place-route.ts";
export { placePointsFrom, type ScreenPoint, snapToPlace } from "./snap.ts";
