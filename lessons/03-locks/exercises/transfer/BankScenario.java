import concur.verifier.ExerciseScenario;
import concur.verifier.ModelCheck;
import concur.verifier.Stress;
import java.util.Random;
import org.jetbrains.lincheck.datastructures.Operation;

import static concur.verifier.ModelCheck.call;

/**
 * What must hold: transfers between distinct accounts, from many threads, in any directions, all finish and each
 * happens exactly once, so every account ends at its start plus what came in minus what went out; and each is one
 * step, so total() called while transfers run always gives the sum the accounts started with.
 */
public class BankScenario extends ExerciseScenario {
    static final int ACCOUNTS = 3, START = 100;
    private final Bank bank = new Bank(ACCOUNTS, START);

    @Operation
    public void transfer(int from, int to, int amount) {
        bank.transfer(from, to, amount);
    }

    @Operation
    public int balance(int account) {
        return bank.balance(account);
    }

    @Operation
    public int total() {
        return bank.total();
    }

    /** The contract, one call at a time. */
    public static class Model {
        private final int[] balances = {START, START, START};

        public void transfer(int from, int to, int amount) {
            balances[from] -= amount;
            balances[to] += amount;
        }

        public int balance(int account) {
            return balances[account];
        }

        public int total() {
            return balances[0] + balances[1] + balances[2];
        }
    }

    public static ModelCheck modelCheck() {
        return ModelCheck.against(Model.class)
                // opposite directions: the classic deadlock
                .scenario(ModelCheck.threads().thread(call("transfer", 0, 1, 10)).thread(call("transfer", 1, 0, 20))
                        .after(call("balance", 0), call("balance", 1)))
                // one account paying twice at once: a lost update
                .scenario(ModelCheck.threads().thread(call("transfer", 0, 1, 10)).thread(call("transfer", 0, 2, 20))
                        .after(call("balance", 0), call("total")))
                // total() while a transfer runs: the money is always somewhere, so it is always 300
                .scenario(ModelCheck.threads().thread(call("transfer", 2, 0, 10)).thread(call("total")));
    }

    public static Stress stress() {
        int threads = 4, accounts = 4, transfers = 3_000;
        return Stress.of(threads, 20, trial -> new Stress.Trial() {
            final Bank bank = new Bank(accounts, START);
            final int[][] flow = new int[threads][accounts];
            volatile int badTotal;

            @Override
            public void thread(int index) {
                Random random = new Random(trial * 31L + index);
                for (int i = 0; i < transfers; i++) {
                    int from = random.nextInt(accounts);
                    int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                    int amount = 1 + random.nextInt(5);
                    bank.transfer(from, to, amount);
                    flow[index][from] -= amount;
                    flow[index][to] += amount;
                    if (i % 64 == 0 && badTotal == 0) {
                        int total = bank.total();
                        if (total != accounts * START) {
                            badTotal = total;
                        }
                    }
                }
            }

            @Override
            public void check() {
                if (badTotal != 0) {
                    throw new AssertionError("total() returned " + badTotal + " while transfers ran, expected "
                            + accounts * START + ": it saw a transfer half done");
                }
                for (int a = 0; a < accounts; a++) {
                    int expected = START;
                    for (int[] f : flow) {
                        expected += f[a];
                    }
                    int got = bank.balance(a);
                    if (got != expected) {
                        throw new AssertionError("balance(" + a + ") returned " + got + " after " + threads + " threads made "
                                + transfers + " transfers each, expected " + expected);
                    }
                }
            }
        });
    }
}
