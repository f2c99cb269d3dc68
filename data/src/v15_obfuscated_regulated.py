# Hand-written obfuscated violations (tricky=1): leetspeak, symbols, spacing,
# look-alike letters, emoji substitution, misspellings and euphemisms.
# Regulated verticals.
DATA = r"""
@ vertical=pharma lang=en tricky=1
V1agra 100mg No Rx | Ch3ap v1agra shipped overnight. No doct0r, no questions. | rx
~V!AGRA n0 prescription | Blue p!lls overnight, discreet box, no doc needed. | rx
Ci@lis Genеric | 20mg ci@lis, 60 tabs for $39. Ship worldwide. | rx
V-i-a-g-r-a 80% off | Best pr1ce online, no script. | rx
Blue 💊 for Men | Be ready anytime. The little blue 💊 shipped discreetly, no doctor. | rx, sug
Xan@x 2mg Bars | Calm down fast. Xanny bars shipped same day. | rx, drg
Ox¥ 30s Available | Real pharma 0xy, DM for menu. | rx, drg
Tr@madol 50mg | Pain gone, no Rx, fast ship. | rx
Adderal1 for Finals | Focus pills, no script needed, campus delivery. | rx, drg
Ozemp1c Shots Cheap | Sema for wt loss, no consult, ships today. | rx, hc
"Vitamin V" Delivered | Our famous vitamin V for men. Works in 30 minutes. You know the one. | rx, sug
Ph@rmacy No Prescriptiоn | 2,000+ meds, no rx required, cheapest in USA. | rx
Sl1mming Shots, Real Sema | Lose 15 lbs in 2 weeks with our pens. No doctor visit. | rx, hc
Val1um & Z-pak | Sleep and cold meds together, skip the doctor. | rx
P.E. Pills for Him | L@st longer tonight, no Rx needed. | rx, sug
Ant1biotics Online | Amox shipped overnight, no visit. | rx
Roids Shipped 🇺🇸 | T3st and Tr3n cycles, stealth ship. | rx, drg
@ vertical=cannabis lang=en tricky=1
W33d Delivery 🍃 | Top shelf fl0wer to your door in 1 hr. Cash only. | drg
~🍃🍃 Same Hour Drop | Gas fl0wer, carts and edibles. DM to order. | drg
420 Friendly Airbnb | Light up inside, bring your own green. Smokers welcome. | drg
Party Favors Available | Make your weekend unforgettable. Discreet drop-off, text for menu. | drg
~Party Supplies for Adults | Favors to keep the party going all night. Text us for the list. | drg
Sn0w for the Weekend ❄️ | Pure, uncut. Fast delivery downtown. | drg
M0lly & Sh r 0 0 m s | Festival packs ready. Hit us up. | drg
C B D cures anx1ety | Full spectrum 0il ends anxiety and pain forever. | drg, hc
THC G u m m i e s | 500mg jars. Sh1p to all states. | drg
Happy Brownies 😉🍫 | Homemade "special" brownies. Adults only. Local pickup. | drg
Legal Bud, Real High | Herbal smoke that hits like the real deal. 100% legit. | drg
Gas 🔥 Exotic Packs | Zaza, runtz and cookies. Drops daily. | drg
Magic 🍄 Chocolate | 3.5g bars, trippy vibes, ships discreet. | drg
Green Crack? No, Green Tea 😏 | Our "tea" will make you feel real relaxed. Wink. | drg
K2 Spice Blends | Incense blends, not for human consumption 😉 | drg
Plug Near You | Whatever you need, we got it. Fast drop. | drg
@ vertical=tobacco lang=en tricky=1
Smoke-Free Alternatives | Satisfy your cravings with our smoke-free nicotine devices. 20 flavors, starter kit $9.99. | tob
~Smoke-Free, Flavor-Full | Our nicotine devices come in 20 flavors. Start for $9.99. | tob
V@pes 5000 Puffs | Disp0sables buy 3 get 2 free. | tob
Ci9arettes Tax Free | Cartons shipped cheap, no ID. | tob
💨 Clouds for Days | Fruity juice pods, 50mg nic, ships fast. | tob
E-L1quid Clearance | 100 flavors, salt nic, 70% off. | tob
H 0 0 k a h Night | Shisha + music every Friday. | tob
Nic Pouches 🧊 Mint | Strongest pouches you can buy, 20mg. | tob
Vаpe Shop Online | Kits, pods, coils. Free ship $30+. | tob
Electronic Puff Sticks | Discreet puff sticks in candy flavors. Looks like a highlighter. | tob
@ vertical=alcohol lang=en tricky=1
B00ze Delivery 🍾 | Vodka, rum, beer at your door in 30 min. | alc
~🍺🍺 Delivered Fast | Cold cases to your door in 30 min. Party mode on. | alc
$1 Sh0ts All Nite | Tequ!la shots till close at Fiesta Lounge. | alc
🍷 Club: 6 bottles $49 | Reds & whites delivered monthly. | alc
Liqu0r Store Open Late | Open till 2am. Cold b33r and ice. | alc
Adult Juice Boxes | Boxed "juice" for grown-ups. 12% fun. 21+ wink. | alc
Get L!t at Happy Hr | $2 wells, $3 pints. | alc
W h i s k e y Tasting | 6 rare pours, Thursday nite. | alc
Bottomless 🥂 Brunch | Unlimited mimosas w/ brunch, $19. | alc
Grown-Up Slushies 🍹 | Frozen margs with an extra kick. Happy hour all day. | alc
@ vertical=gambling lang=en tricky=1
C@sino Bonus 300% | Dep0sit $20, play with $80. Sl0ts + live tables. | gam
~C a s i n o Welcome Pack | 300% on your first dep0sit. Play n0w. | gam
B3t Now, W1n Big | Sp0rtsbook b0nus $500 free b3t. | gam
🎰🎰 Free Spins Daily | Log in for 100 spins, no dep required. | gam
Fr33 $$$ Slots | Real cash, real wins, play from your phone. | gam
P0ker Rooms 24/7 | Cash games, freerolls, crypto deposits. | gam
🎲 Double or Nothing | Bet your balance, 50/50 chance to double. Play now. | gam
Sp!n the Wh33l | Win up to $1,000 every hour. | gam, cb
Online Sportsbo0k App | Live odds every game, instant withdraws. | gam
Lucky 7️⃣7️⃣7️⃣ Jackpot | Hit triple sevens for a $50K jackpot. | gam
Sweeps Coins = Real Cash | Play social games, redeem for cash prizes. | gam
Parlay Kings 💰 | Our picks hit 9 in a row. Join VIP and b3t with us. | gam, fc
@ vertical=weapons lang=en tricky=1
Ammо 9mm Bulk | 1000 rds, brass, ships today. | wpn
~9 m m 1000 rd case | In stock, fast ship, no BS. | wpn
🔫 Sale This Weekend | Pistols from $299 at the range shop. | wpn
AR-l5 Builds | Lowers, uppers, full kits. 8O% lowers no serial. | wpn
T@sers & Stun Guns | 50M volt, free holster. | wpn
Tactical B1ades | Fixed-blade fighters with kydex. | wpn
"Solvent Trap" Kits | Cleaning kits, 1/2x28 threads. Use your imagination. | wpn
G l o c k Parts | Slides, barrels, switches. DM for availability. | wpn
Self-Defense Sticks | Kubotan keychains and spiked knuckle rings. | wpn
Boom Sticks for Home | 12ga pump, 18" barrel, ready to rock. | wpn
@ vertical=adult lang=en tricky=1
S3x Toys 50% Off | Vibr@tors, couples kits, discreet box. | adl
~Pleasure Kits, Discreet Box | Vibes, couples toys and more at half price. | adl
Adult Fun for Couples | Our bedroom boutique has everything for a wild night. Plain packaging. | adl, sug
P0rn Site Free Trial | 1M videos, 4K, free 7 days. | sx, adl
🍆💦 Toys for Him | Strokers and sleeves, fast shipping. | adl, sug
Esc0rts Near You | VIP girls available tonight. Incall/outcall. | sx, adl
Massage w/ Happy Ending 😉 | Open late, new girls weekly. | sx, adl
NSFW Cams Live | Models online now, tip to unlock. | sx, adl
Adult Store 24h | Toys, DVDs, lingerie. Exit 12. | adl
Fleshlight Deals | Top strokers up to 40% off. | adl, sug
L.u.b.e. Sampler | Warming + water-based, 3 for $19. | adl
Rabbit Vibe Restock 🐰 | The famous rabbit is back, 10 speeds. | adl
"""
