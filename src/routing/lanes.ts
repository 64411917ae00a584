/*
 * Shape points between two named places (ids in geojson/places.geojson). Shape points are not places and not
 * reported stops: they are general-knowledge coordinates (towns on a railway, points at sea) used only so that a
 * line follows a railway approximately, keeps off the coast, or stays inside Russia. Every feature drawn through
 * them says so in its `location_note`.
 *
 * Each lane is defined once, keyed by the pair of place ids it joins, and is used in either direction (reversed
 * for the way back) by the shipped recipes (scripts/build-routes-recipes.ts) and by the editor.
 */

export type LonLat = [number, number];
export type LaneKind = "sea" | "rail";
export type Lane = {
  /** The shape points from the first place of the key to the second, neither place included. */
  points: readonly LonLat[];
  /** What the points follow, for a leg note. */
  description: string;
};

const reversed = (points: readonly LonLat[]): LonLat[] => [...points].reverse();

// Rajin–Sonbong–Tumangang railway, along the lagoons.
const rajinToTumangang: LonLat[] = [
  [130.33, 42.29],
  [130.4, 42.335],
  [130.5, 42.36],
  [130.57, 42.4],
];
// North Korea's east-coast line: Hamhung, Kimchaek, Chongjin, then Rajin.
const pyongyangToTumangang: LonLat[] = [
  [127.54, 39.92],
  [129.19, 40.67],
  [129.55, 41.45],
  [129.76, 41.78],
  [130.0, 42.05],
  [130.28, 42.27],
  ...rajinToTumangang,
];
// Khasan line north to the Trans-Siberian: Kraskino, Barabash, Razdolnoye, Baranovsky. It keeps west of Posyet
// Bay and north of Amur Bay, on land (checked against Natural Earth 1:10m land).
const khasanToUssuriysk: LonLat[] = [
  [130.68, 42.52],
  [130.71, 42.58],
  [130.67, 42.63],
  [130.64, 42.67],
  [130.66, 42.705],
  [130.76, 42.72],
  [130.95, 42.78],
  [131.25, 42.95],
  [131.48, 43.2],
  [131.7, 43.38],
  [131.92, 43.55],
  [131.97, 43.71],
];
// Trans-Siberian: Spassk-Dalny, Lesozavodsk, Bikin, Vyazemsky.
const ussuriyskToKhabarovsk: LonLat[] = [
  [132.81, 44.6],
  [133.41, 45.48],
  [134.27, 46.82],
  [134.75, 47.53],
];
// Trans-Siberian west: Birobidzhan, Obluchye, Arkhara, Zavitinsk, Belogorsk.
const khabarovskToBelogorsk: LonLat[] = [
  [132.93, 48.79],
  [131.05, 49.0],
  [130.08, 49.42],
  [129.44, 50.11],
  [128.47, 50.92],
];
// Russia's main east–west railways, through well-known cities (Shimanovsk … Volgograd), so that the schematic
// line stays inside Russia instead of cutting across China, Mongolia, Kazakhstan or Ukraine.
const belogorskToVolgograd: LonLat[] = [
  [127.68, 52.0],
  [125.8, 53.45],
  [123.93, 53.99],
  [119.75, 53.73],
  [113.5, 52.03],
  [107.61, 51.83],
  // Round the southern end of Lake Baikal, as the Trans-Siberian runs, not across the lake.
  [106.2, 51.55],
  [105.2, 51.45],
  [104.3, 51.45],
  [103.8, 51.55],
  [103.6, 51.7],
  [104.28, 52.29],
  [92.87, 56.01],
  [82.92, 55.03],
  [73.37, 54.98],
  [65.53, 57.15],
  [60.6, 56.84],
  [55.97, 54.74],
  [50.1, 53.2],
  [46.03, 51.53],
  [44.52, 48.71],
];
// The same main line as far as Yekaterinburg, where the line to Moscow leaves it.
const belogorskToYekaterinburg: LonLat[] = belogorskToVolgograd.slice(
  0,
  belogorskToVolgograd.findIndex(([longitude]) => longitude === 60.6) + 1,
);
// Branch from Fokino to the main line round the head of Ussuri Bay, past Artyom.
const fokinoToUssuriysk: LonLat[] = [
  [132.45, 43.12],
  [132.42, 43.25],
  [132.3, 43.33],
  [132.19, 43.36],
  [131.98, 43.62],
];
// From the Dunai facility north over the peninsula to Fokino, on land.
const dunaiToFokino: LonLat[] = [[132.32, 42.93]];
// Vladivostok north along the east shore of Amur Bay to the Trans-Siberian.
const vladivostokNorth: LonLat[] = [
  [131.93, 43.17],
  [131.99, 43.22],
  [132.03, 43.25],
  [132.08, 43.29],
  [132.07, 43.33],
  [131.96, 43.45],
];

/** Out of Rajin's harbour to the south, offshore round the Tumen mouth and Cape Gamov into Peter the Great Gulf. */
export const seaFromRajin: readonly LonLat[] = [
  [130.3, 42.225],
  [130.285, 42.195],
  [130.31, 42.175],
  [130.4, 42.16],
  [130.75, 42.15],
  [131.25, 42.4],
  [132.0, 42.55],
];
// Into Nakhodka Gulf from the south, then east into Wrangel Bay.
const seaRajinToVostochny: LonLat[] = [
  ...seaFromRajin,
  [132.7, 42.55],
  [132.95, 42.64],
  [132.99, 42.72],
  [133.04, 42.752],
];
// Into Strelok Bay, then along the east side of the Dunai peninsula.
const seaRajinToDunai: LonLat[] = [
  ...seaFromRajin,
  [132.25, 42.75],
  [132.32, 42.8],
  [132.37, 42.84],
  [132.365, 42.87],
];
// Into Vladivostok from the south: past the east side of Russky Island and through the Eastern Bosphorus.
const seaIntoVladivostok: LonLat[] = [
  [131.9, 42.7],
  [132.02, 42.98],
  [131.95, 43.07],
];
// From Chongjin offshore past Rajin and the Tumen mouth into Peter the Great Gulf.
const seaChongjinToVladivostok: LonLat[] = [
  [129.95, 41.7],
  [130.6, 41.9],
  [131.3, 42.3],
  ...seaIntoVladivostok,
];
// Out of Hungnam, Hamhung's port, and north-east off the coast to Chongjin.
const seaHamhungToChongjin: LonLat[] = [
  [127.62, 39.83],
  [128.0, 39.75],
  [129.3, 40.4],
  [129.9, 41.2],
  [129.95, 41.7],
];
// Out of Wonsan through Yonghung Bay, then north-east well off the coast.
const seaWonsanToVladivostok: LonLat[] = [
  [127.6, 39.22],
  [128.0, 39.4],
  [129.0, 40.0],
  [130.0, 40.9],
  [130.9, 41.7],
  [131.6, 42.4],
  ...seaIntoVladivostok,
];

/** The key of a lane from one place to another, as the tables below spell it. */
export const laneKey = (from: string, to: string): string => `${from}>${to}`;

/** Offshore lanes: points at sea that keep a line between two ports off the coast. */
export const seaLanes: Readonly<Record<string, Lane>> = {
  [laneKey("rajin-port", "vostochny-port")]: {
    points: seaRajinToVostochny,
    description: "out of Rajin's harbour, offshore round the Tumen mouth and Cape Gamov, into Nakhodka Gulf",
  },
  [laneKey("rajin-port", "dunai-naval-facility")]: {
    points: seaRajinToDunai,
    description: "out of Rajin's harbour, offshore round the Tumen mouth and Cape Gamov, into Strelok Bay",
  },
  [laneKey("chongjin", "vladivostok")]: {
    points: seaChongjinToVladivostok,
    description: "offshore past Rajin and the Tumen mouth, into Vladivostok by the Eastern Bosphorus",
  },
  [laneKey("hamhung", "chongjin")]: {
    points: seaHamhungToChongjin,
    description: "out of Hungnam, north-east off the coast",
  },
  [laneKey("wonsan", "vladivostok")]: {
    points: seaWonsanToVladivostok,
    description:
      "out of Yonghung Bay, north-east well off the coast, into Vladivostok by the Eastern Bosphorus",
  },
};

/** Railways: towns on the line, so that a line follows the railway approximately. */
export const railways: Readonly<Record<string, Lane>> = {
  [laneKey("rajin-port", "tumangang-station")]: {
    points: rajinToTumangang,
    description: "the Rajin–Sonbong–Tumangang railway along the lagoons",
  },
  [laneKey("pyongyang", "tumangang-station")]: {
    points: pyongyangToTumangang,
    description: "North Korea's east-coast line through Hamhung, Kimchaek, Chongjin and Rajin",
  },
  [laneKey("khasan-station", "ussuriysk")]: {
    points: khasanToUssuriysk,
    description: "the Khasan line through Kraskino, Barabash, Razdolnoye and Baranovsky",
  },
  [laneKey("ussuriysk", "khabarovsk")]: {
    points: ussuriyskToKhabarovsk,
    description: "the Trans-Siberian through Spassk-Dalny, Lesozavodsk, Bikin and Vyazemsky",
  },
  [laneKey("khabarovsk", "tsiolkovsky")]: {
    points: khabarovskToBelogorsk,
    description: "the Trans-Siberian west through Birobidzhan, Obluchye, Arkhara, Zavitinsk and Belogorsk",
  },
  [laneKey("khabarovsk", "tikhoretsk")]: {
    points: [...khabarovskToBelogorsk, ...belogorskToVolgograd],
    description:
      "Russia's main east–west railways through Belogorsk, Irkutsk, Novosibirsk, Samara and Volgograd",
  },
  [laneKey("khabarovsk", "moscow")]: {
    points: [...khabarovskToBelogorsk, ...belogorskToYekaterinburg, [49.12, 55.79], [44.0, 56.33]],
    description: "the Trans-Siberian west to Yekaterinburg, then Kazan and Nizhny Novgorod",
  },
  [laneKey("dunai-naval-facility", "fokino")]: {
    points: dunaiToFokino,
    description: "north over the Dunai peninsula",
  },
  [laneKey("fokino", "ussuriysk")]: {
    points: fokinoToUssuriysk,
    description: "the branch round the head of Ussuri Bay, past Artyom, to the main line",
  },
  [laneKey("komsomolsk-on-amur", "artyom-knevichi")]: {
    points: [
      [136.6, 49.6],
      [135.07, 48.48],
      ...reversed(ussuriyskToKhabarovsk),
      [131.95, 43.8],
      [131.98, 43.62],
    ],
    description:
      "south to Khabarovsk, then the Trans-Siberian through Vyazemsky, Bikin, Lesozavodsk and Ussuriysk",
  },
  [laneKey("vladivostok", "khasan-station")]: {
    points: [...vladivostokNorth, [131.92, 43.55], ...reversed(khasanToUssuriysk).slice(2)],
    description: "north along Amur Bay, then the Khasan line south through Razdolnoye, Barabash and Kraskino",
  },
};

/** The shape points of the lane of this kind from one place to the other, in that direction, if one is known. */
export function laneBetween(kind: LaneKind, from: string, to: string): Lane | undefined {
  const table = kind === "sea" ? seaLanes : railways;
  const forward = table[laneKey(from, to)];
  if (forward) return forward;
  const backward = table[laneKey(to, from)];
  return backward && { points: reversed(backward.points), description: backward.description };
}
