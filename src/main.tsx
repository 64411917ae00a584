import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { startLoadingBundledLayers } from "./state/use-bundled-layers.ts";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "./ui/app.css";
import "./ui/panels.css";
import "./ui/small-screens.css";

void startLoadingBundledLayers();
const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
