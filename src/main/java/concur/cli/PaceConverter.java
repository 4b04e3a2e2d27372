package concur.cli;

import concur.runner.Pace;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --pace: slow, normal, or a factor of slow. */
final class PaceConverter implements ITypeConverter<Pace> {
    @Override
    public Pace convert(String value) {
        try {
            return Pace.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** What Tab offers for --pace (a factor is typed). */
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.List.of("slow", "normal").iterator();
        }
    }
}
