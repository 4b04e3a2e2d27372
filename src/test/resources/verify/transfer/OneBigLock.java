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

    private final Object bank = new Object();

    public void transfer(int from, int to, int amount) {
        synchronized (bank) { // one lock for every account: simple, and nothing to order
            balances[from] -= amount;
            balances[to] += amount;
        }
    }

    public int balance(int account) {
        synchronized (bank) {
            return balances[account];
        }
    }

    public int total() {
        synchronized (bank) {
            int sum = 0;
            for (int balance : balances) {
                sum += balance;
            }
            return sum;
        }
    }
}
