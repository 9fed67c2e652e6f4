/**
 * Internal: the pages that show an application's status. {@link io.rivulet.ui.WebUi} serves the live web UI
 * ({@code rivulet.ui.enabled}) from the JDK's HTTP server; {@link io.rivulet.ui.Report} writes the same page,
 * with its data, scripts and styles inlined, as one HTML file ({@code rivulet report}). The page's script
 * ({@code rivulet-ui.js}) lays out each job's DAG with dagre ({@code dagre.min.js}, MIT, see
 * {@code dagre-LICENSE.txt}) and draws it, the timelines and histograms as SVG itself. Nothing is loaded
 * from the network.
 */
package io.rivulet.ui;
