package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;

/**
 * WCAG 2.x contrast of what the browser actually renders: every visible element with its own text, its computed
 * colour against the first opaque background behind it (4.5:1, or 3:1 for large text), and the focus outline against
 * the page (3:1, non-text contrast). Measured in the page, so a colour set by a stylesheet, an inline style or the
 * browser's defaults counts alike.
 */
final class ContrastCheck {

    private static final String MEASURE = """
            () => {
              const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
              const lum = ([r, g, b]) => { const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; };
              const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              const background = el => { for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) return c; } return [255, 255, 255, 1]; };
              const failures = [];
              let checked = 0;
              for (const el of document.body.querySelectorAll('*')) {
                const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                if (!own || box.width === 0 || box.height === 0 || style.visibility === 'hidden' || box.right < 0) continue;
                const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
                const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                const r = ratio(rgba(style.color), background(el));
                checked++;
                if (r < needed) failures.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '" ' + style.color + ' ' + r.toFixed(2) + ':1 < ' + needed);
              }
              const link = document.querySelector('a[href]');
              // the journey's focus is put back afterwards: a keyboard journey goes on from where it was
              const focused = document.activeElement;
              if (link) { link.focus(); const s = getComputedStyle(link); const r = ratio(rgba(s.outlineColor), background(link.parentElement));
                if (s.outlineStyle === 'none' || r < 3) failures.push('focus outline ' + s.outlineStyle + ' ' + s.outlineColor + ' ' + r.toFixed(2) + ':1 < 3');
                if (focused && focused !== document.body) focused.focus(); else link.blur(); }
              return [String(checked), ...failures];
            }
            """;

    private ContrastCheck() {
    }

    /** Fails with every element whose text (or whose focus ring) is below the WCAG AA ratio. */
    static void assertReadable(Page page, String screen) {
        @SuppressWarnings("unchecked")
        List<String> result = (List<String>) page.evaluate(MEASURE);
        assertThat(Integer.parseInt(result.get(0))).as("text elements measured on " + screen).isPositive();
        assertThat(result.subList(1, result.size())).as("contrast below WCAG AA on " + screen).isEmpty();
    }
}
