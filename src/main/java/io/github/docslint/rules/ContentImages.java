package io.github.docslint.rules;

import io.github.docslint.rst.Image;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.util.function.BiConsumer;

/**
 * The images a reader can meet: those in pages and in the files pages include as rst. An excluded
 * file's images count only through the pages that include it.
 */
final class ContentImages {
    private ContentImages() {}

    static void forEach(DocsGraph graph, BiConsumer<String, Image> action) {
        for (String rel : graph.contentFiles()) {
            graph.project().file(rel).filter(SourceFile::isReadable).ifPresent(f -> {
                for (Image image : f.document().images()) {
                    action.accept(rel, image);
                }
            });
        }
    }

    /** How a message names the image: its kind and file. */
    static String describe(Image image) {
        if (image.kind() == Image.Kind.RAW_HTML) {
            return "<img src=\"" + image.uri() + "\">";
        }
        return image.kind().label() + " '" + image.uri() + "'";
    }

    /** How a message names the alt text, saying when it is the substitution name. */
    static String describeAlt(Image image) {
        return image.altFromSubstitution()
                ? "the substitution name " + Text.quote(image.alt()) + ", used as alt text,"
                : "alt text " + Text.quote(image.alt());
    }
}
