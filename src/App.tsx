import { MapView } from "./map/MapView.tsx";

export function App() {
  return (
    <div className="app">
      <MapView dataLoaded={true} />
    </div>
  );
}
