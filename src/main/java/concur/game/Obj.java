package concur.game;

/** An object made by {@code new Type()} in a level: only its identity matters, so it is a type and a number. */
record Obj(String type, int number) {
    @Override
    public String toString() {
        return type + "#" + number;
    }
}
