/** Accounts with balances; transfers run from many threads at once. */
public class Bank {
    private final int[] balances;
    private final Object[] locks;

    public Bank(int accounts, int initialBalance) {
        balances = new int[accounts];
        locks = new Object[accounts];
        for (int i = 0; i < accounts; i++) {
            balances[i] = initialBalance;
            locks[i] = new Object();
        }
    }

    public void transfer(int from, int to, int amount) {
        balances[from] -= amount; // two threads paying from one account can both read the old balance
        balances[to] += amount;
    }

    public int balance(int account) {
        synchronized (locks[account]) {
            return balances[account];
        }
    }

    /** Every account's lock at once, taken in the same order as transfer() takes them, so no transfer is half seen. */
    public int total() {
        return totalHolding(0);
    }

    private int totalHolding(int locked) {
        if (locked == locks.length) {
            int sum = 0;
            for (int balance : balances) {
                sum += balance;
            }
            return sum;
        }
        synchronized (locks[locked]) {
            return totalHolding(locked + 1);
        }
    }
}
