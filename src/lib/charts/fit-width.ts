/**
 * The width to draw a chart built `built` px wide in a box `room` px wide, or null to keep the
 * built width and let the browser scale it. Scaled below about 85 %, a chart's text grows too
 * small to read (a phone); then it is drawn at the room, in steps of 20 px so that a resize
 * seldom redraws. Kept free of Plot so that pages can call it before the chart code loads.
 */
export function fitWidth(room: number, built: number, min = 280): number | null {
	if (room <= 0 || room >= built * 0.85) return null;
	return Math.max(min, room - (room % 20));
}
